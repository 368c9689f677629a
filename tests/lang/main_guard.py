# __name__ == "__main__"
import mod_simple
def main():
    print('main called')
    return 0
if __name__ == '__main__':
    print('running as main')
    main()
else:
    print('imported')
print(__name__, mod_simple.__name__)
