# array.array stores raw machine values; a list stores references to separate int objects.
# heap: python=3.8,3.12
import array
import sys

numbers = list(range(1000, 1100))   # 100 references + 100 int objects of 28 bytes each
# @expect getsizeof(numbers) == 856
packed = array.array("i", numbers)  # 100 four-byte C ints in one buffer
# @expect[3.8] getsizeof(packed) == 464
# @expect[3.12] getsizeof(packed) == 480
print(sys.getsizeof(numbers) + 100 * 28, "bytes for the list and its ints")
print(sys.getsizeof(packed), "bytes for the array")
