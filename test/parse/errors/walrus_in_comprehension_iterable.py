[i for i in (j := 1)]
