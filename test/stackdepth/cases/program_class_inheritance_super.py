# Inheritance: super().__init__ runs the parent's initializer; methods are looked up along the MRO.
class Animal:
    kind = 'animal'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + ' makes a sound'
    def describe(self):
        return self.kind + ':' + self.speak()
class Dog(Animal):
    kind = 'dog'
    def __init__(self, name, tricks):
        super().__init__(name)
        self.tricks = list(tricks)
    def speak(self):
        return self.name + ' barks'
class Puppy(Dog):
    def speak(self):
        return super().speak() + ' softly'
p = Puppy('Rex', ['sit'])
print(p.describe(), p.tricks)
print(isinstance(p, Animal), issubclass(Puppy, Dog), type(p).__name__)
print([c.__name__ for c in Puppy.__mro__])
print(Animal('cat').describe())
