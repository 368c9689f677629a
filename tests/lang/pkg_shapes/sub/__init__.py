from ..square import area as sq_area
NAME = 'sub'
