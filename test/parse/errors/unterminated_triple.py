x = 1
doc = """start
middle

end
