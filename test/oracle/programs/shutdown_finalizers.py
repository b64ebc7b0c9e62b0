# Objects still referenced when the script ends are finalized during interpreter shutdown, after the last print.
class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('closing', self.name)
first = Resource('first')
second = Resource('second')
temp = Resource('temp')
temp = None
print('end of script')
