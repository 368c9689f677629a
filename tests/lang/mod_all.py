# helper module with __all__
__all__ = ['public_a', 'shown']
public_a = 'a'
public_b = 'b'
shown = 'shown'
_under = 'u'
