# '%s' % s, '{}'.format(s) and format(s, spec) return s itself when nothing is added; str(int) and case methods make new strings.
import sys
s = "hello world"
before = sys.getrefcount(s)
a = "%s" % s
b = "{}".format(s)
c = format(s, ">5")
print(a is s, b is s, c is s, sys.getrefcount(s) - before)
print("%s!" % s is s, "x{}".format(s) is s, "%-20s|" % s, "{:>15}".format(s))
print("plain text".format() == "plain text", "{{}}".format())
class Label:
    def __init__(self, text):
        self.text = text
    def __str__(self):
        return self.text
    def __format__(self, spec):
        return self.text
lab = Label("label text")
print("%s" % lab is lab.text, "{}".format(lab) is lab.text, f"{lab}" is lab.text)
five = "5"
print(str(5) is five, "%d" % 5 is five, "{}".format(5) is five, f"{5}" is five)
print(str(True) is str(True), "{}".format(True) is str(True))
