# A list comprehension builds every element at once; a generator expression makes them one at a
# time, so its size does not depend on how many it will produce.
# heap: python=3.8,3.11,3.12,3.13
import sys

squares = [i * i for i in range(10000)]
# @expect[3.8] getsizeof(squares) == 87616
# @expect[3.11+] getsizeof(squares) == 85176
lazy = (i * i for i in range(10000))
# @expect[3.8] getsizeof(lazy) == 112
# @expect[3.11] getsizeof(lazy) == 208
# @expect[3.12,3.13] getsizeof(lazy) == 200
print(sum(squares) == sum(lazy))
