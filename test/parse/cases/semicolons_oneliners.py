import os; import sys
x = 1; y = 2;
if x: y = 3; z = 4
for i in r: pass
while 0: break
def f(): return 1
class C: x = 1; y = 2
try: pass
except: pass
with a: pass
