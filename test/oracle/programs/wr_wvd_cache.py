# A WeakValueDictionary cache: entries vanish when the last user drops the cached object
import sys, weakref

class Texture:
    loads = 0
    def __init__(self, path):
        Texture.loads += 1
        self.path = path

cache = weakref.WeakValueDictionary()

def load(path):
    tex = cache.get(path)
    if tex is None:
        tex = Texture(path)
        cache[path] = tex
    return tex

grass = load("grass.png")
rock = load("rock.png")
again = load("grass.png")
print(again is grass, Texture.loads, len(cache), sorted(cache))
print(sys.getrefcount(grass), weakref.getweakrefcount(grass))
del grass
print("grass.png" in cache, len(cache))
del again
print("grass.png" in cache, len(cache), sorted(cache))
load("grass.png")
print(Texture.loads, len(cache))
users = [load("sky.png") for _ in range(3)]
print(Texture.loads, len(cache), sys.getrefcount(users[0]))
users.clear()
print(len(cache), sorted(cache.keys()))
rock = None
print(len(cache), list(cache.items()))
