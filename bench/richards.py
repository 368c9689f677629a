"""Richards: simulation of a small operating-system kernel scheduling an
idle task, a worker task, two handler tasks and two device tasks that pass
packets between each other.  Exercises attribute access, method calls,
linked lists and small integer arithmetic.

Usage: python3 richards.py [ITERATIONS]
"""
import sys

ID_IDLE = 0
ID_WORKER = 1
ID_HANDLER_A = 2
ID_HANDLER_B = 3
ID_DEVICE_A = 4
ID_DEVICE_B = 5
NUM_TASKS = 6

KIND_DEVICE = 0
KIND_WORK = 1

DATA_SIZE = 4


class Packet:
    def __init__(self, link, owner, kind):
        self.link = link
        self.owner = owner
        self.kind = kind
        self.value = 0
        self.data = [0] * DATA_SIZE

    def append_to(self, queue):
        """Append self at the end of queue; return the new queue head."""
        self.link = None
        if queue is None:
            return self
        node = queue
        while node.link is not None:
            node = node.link
        node.link = self
        return queue


class IdleState:
    def __init__(self, seed, count):
        self.seed = seed
        self.count = count


class WorkerState:
    def __init__(self):
        self.target = ID_HANDLER_A
        self.letter = 0


class HandlerState:
    def __init__(self):
        self.work_queue = None
        self.device_queue = None


class DeviceState:
    def __init__(self):
        self.held_packet = None


class Task:
    def __init__(self, kernel, ident, priority, queue, state,
                 pending, waiting, holding):
        self.kernel = kernel
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.state = state
        self.pending = pending
        self.waiting = waiting
        self.holding = holding
        self.next = kernel.task_list
        kernel.task_list = self
        kernel.table[ident] = self

    def blocked(self):
        return self.holding or (not self.pending and self.waiting)

    def give_packet(self, packet, running_task):
        if self.queue is None:
            self.queue = packet
            self.pending = True
            if self.priority > running_task.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return running_task

    def step(self):
        packet = None
        if self.pending and self.waiting and not self.holding:
            packet = self.queue
            self.queue = packet.link
            self.waiting = False
            self.holding = False
            self.pending = self.queue is not None
        self.kernel.current = self
        return self.body(packet)

    def body(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def body(self, packet):
        st = self.state
        st.count -= 1
        if st.count == 0:
            return self.kernel.hold()
        if st.seed & 1 == 0:
            st.seed >>= 1
            return self.kernel.release(ID_DEVICE_A)
        st.seed = (st.seed >> 1) ^ 0xD008
        return self.kernel.release(ID_DEVICE_B)


class WorkerTask(Task):
    def body(self, packet):
        if packet is None:
            return self.kernel.wait()
        st = self.state
        if st.target == ID_HANDLER_A:
            st.target = ID_HANDLER_B
        else:
            st.target = ID_HANDLER_A
        packet.owner = st.target
        packet.value = 0
        data = packet.data
        for i in range(DATA_SIZE):
            st.letter += 1
            if st.letter > 26:
                st.letter = 1
            data[i] = 64 + st.letter
        return self.kernel.send(packet)


class HandlerTask(Task):
    def body(self, packet):
        st = self.state
        if packet is not None:
            if packet.kind == KIND_WORK:
                st.work_queue = packet.append_to(st.work_queue)
            else:
                st.device_queue = packet.append_to(st.device_queue)
        work = st.work_queue
        if work is not None:
            idx = work.value
            if idx < DATA_SIZE:
                dev = st.device_queue
                if dev is not None:
                    st.device_queue = dev.link
                    dev.value = work.data[idx]
                    work.value = idx + 1
                    return self.kernel.send(dev)
            else:
                st.work_queue = work.link
                return self.kernel.send(work)
        return self.kernel.wait()


class DeviceTask(Task):
    def body(self, packet):
        st = self.state
        k = self.kernel
        if packet is None:
            held = st.held_packet
            if held is None:
                return k.wait()
            st.held_packet = None
            return k.send(held)
        st.held_packet = packet
        k.checksum = (k.checksum * 7 + packet.value) % 1000003
        return k.hold()


class Kernel:
    def __init__(self):
        self.task_list = None
        self.table = [None] * NUM_TASKS
        self.current = None
        self.hold_count = 0
        self.send_count = 0
        self.checksum = 0

    def hold(self):
        self.hold_count += 1
        cur = self.current
        cur.holding = True
        return cur.next

    def wait(self):
        cur = self.current
        cur.waiting = True
        return cur

    def release(self, ident):
        t = self.table[ident]
        t.holding = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def send(self, packet):
        dest = self.table[packet.owner]
        self.send_count += 1
        packet.link = None
        packet.owner = self.current.ident
        return dest.give_packet(packet, self.current)

    def schedule(self):
        t = self.task_list
        while t is not None:
            if t.blocked():
                t = t.next
            else:
                t = t.step()


def run_once(idle_count):
    k = Kernel()
    IdleTask(k, ID_IDLE, 0, None, IdleState(1, idle_count),
             False, False, False)

    q = Packet(None, ID_IDLE, KIND_WORK)
    q = Packet(q, ID_IDLE, KIND_WORK)
    WorkerTask(k, ID_WORKER, 1000, q, WorkerState(), True, True, False)

    q = Packet(None, ID_DEVICE_A, KIND_DEVICE)
    q = Packet(q, ID_DEVICE_A, KIND_DEVICE)
    q = Packet(q, ID_DEVICE_A, KIND_DEVICE)
    HandlerTask(k, ID_HANDLER_A, 2000, q, HandlerState(), True, True, False)

    q = Packet(None, ID_DEVICE_B, KIND_DEVICE)
    q = Packet(q, ID_DEVICE_B, KIND_DEVICE)
    q = Packet(q, ID_DEVICE_B, KIND_DEVICE)
    HandlerTask(k, ID_HANDLER_B, 3000, q, HandlerState(), True, True, False)

    DeviceTask(k, ID_DEVICE_A, 4000, None, DeviceState(), False, True, False)
    DeviceTask(k, ID_DEVICE_B, 5000, None, DeviceState(), False, True, False)

    k.schedule()
    return k.send_count, k.hold_count, k.checksum


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    total = 0
    sends = holds = 0
    for _ in range(iterations):
        sends, holds, cs = run_once(10000)
        total = (total + cs) % 1000003
    ok = sends == 23246 and holds == 9297
    print("richards iterations=%d sends=%d holds=%d checksum=%d %s" %
          (iterations, sends, holds, total, "OK" if ok else "WRONG"))


main()
