# helper module that fails during import
before = 1
raise ValueError('error during module import')
