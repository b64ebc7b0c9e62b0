# __set_name__ runs on each descriptor before __init_subclass__ sees the class keywords; refcounts inside both
import sys
events = []
class Field:
    def __set_name__(self, owner, name):
        events.append(('set_name', owner.__name__, name))
        print('set_name', name, sys.getrefcount(self), sys.getrefcount(owner))
        self.name = name
class Model:
    def __init_subclass__(cls, table=None, **kw):
        events.append(('init_subclass', cls.__name__, table))
        print('init_subclass', table, sys.getrefcount(cls), sorted(kw))
class User(Model, table='users', audit=True):
    name = Field()
    email = Field()
for e in events:
    print(e)
print(User.name.name, User.email.name, sys.getrefcount(User.__dict__['name']))
class Account(User, table='accounts'):
    owner = Field()
print([e[2] for e in events[3:]])
