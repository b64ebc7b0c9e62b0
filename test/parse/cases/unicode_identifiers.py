café = 1
naïve = café + 1
π = 3.14159
日本 = "japan"
s = "😀" + 日本
t = f"{π} 😀 {café}"
def función(ñ):
    return ñ
