# @property computes an attribute on access; @staticmethod and @classmethod change what the method receives.
class Temperature:
    scale = 'C'
    def __init__(self, celsius):
        self._c = celsius
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError('too cold')
        self._c = value
    @staticmethod
    def valid(value):
        return value >= -273.15
    @classmethod
    def freezing(cls):
        return cls(0)
t = Temperature(100)
print(t.fahrenheit, t.celsius)
t.celsius = 37
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError:', e)
print(Temperature.valid(-500), Temperature.freezing().fahrenheit, t.scale)
