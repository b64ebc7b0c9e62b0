while False:
    pass
if True:
    continue
