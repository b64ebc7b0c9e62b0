# 3.8-3.11 end the f-string at the inner quote and fail on it before seeing the b"..." token; 3.12+ (PEP 701) accept it
x = f"{'a' + "b"}"
print(x)
