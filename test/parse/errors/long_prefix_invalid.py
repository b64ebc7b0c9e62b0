"""A long valid module before the error."""
import os

def func_0(a, b=0):
    """Function 0."""
    total = a + b * 0
    if total > 0:
        return [x for x in range(total) if x % 2]
    return None

def func_1(a, b=1):
    """Function 1."""
    total = a + b * 1
    if total > 1:
        return [x for x in range(total) if x % 2]
    return None

def func_2(a, b=2):
    """Function 2."""
    total = a + b * 2
    if total > 2:
        return [x for x in range(total) if x % 2]
    return None

def func_3(a, b=3):
    """Function 3."""
    total = a + b * 3
    if total > 3:
        return [x for x in range(total) if x % 2]
    return None

def func_4(a, b=4):
    """Function 4."""
    total = a + b * 4
    if total > 4:
        return [x for x in range(total) if x % 2]
    return None

def func_5(a, b=5):
    """Function 5."""
    total = a + b * 5
    if total > 5:
        return [x for x in range(total) if x % 2]
    return None

def func_6(a, b=6):
    """Function 6."""
    total = a + b * 6
    if total > 6:
        return [x for x in range(total) if x % 2]
    return None

def func_7(a, b=7):
    """Function 7."""
    total = a + b * 7
    if total > 7:
        return [x for x in range(total) if x % 2]
    return None

def func_8(a, b=8):
    """Function 8."""
    total = a + b * 8
    if total > 8:
        return [x for x in range(total) if x % 2]
    return None

def func_9(a, b=9):
    """Function 9."""
    total = a + b * 9
    if total > 9:
        return [x for x in range(total) if x % 2]
    return None

def func_10(a, b=10):
    """Function 10."""
    total = a + b * 10
    if total > 10:
        return [x for x in range(total) if x % 2]
    return None

def func_11(a, b=11):
    """Function 11."""
    total = a + b * 11
    if total > 11:
        return [x for x in range(total) if x % 2]
    return None

def func_12(a, b=12):
    """Function 12."""
    total = a + b * 12
    if total > 12:
        return [x for x in range(total) if x % 2]
    return None

def func_13(a, b=13):
    """Function 13."""
    total = a + b * 13
    if total > 13:
        return [x for x in range(total) if x % 2]
    return None

def func_14(a, b=14):
    """Function 14."""
    total = a + b * 14
    if total > 14:
        return [x for x in range(total) if x % 2]
    return None

def func_15(a, b=15):
    """Function 15."""
    total = a + b * 15
    if total > 15:
        return [x for x in range(total) if x % 2]
    return None

def func_16(a, b=16):
    """Function 16."""
    total = a + b * 16
    if total > 16:
        return [x for x in range(total) if x % 2]
    return None

def func_17(a, b=17):
    """Function 17."""
    total = a + b * 17
    if total > 17:
        return [x for x in range(total) if x % 2]
    return None

def func_18(a, b=18):
    """Function 18."""
    total = a + b * 18
    if total > 18:
        return [x for x in range(total) if x % 2]
    return None

def func_19(a, b=19):
    """Function 19."""
    total = a + b * 19
    if total > 19:
        return [x for x in range(total) if x % 2]
    return None

def func_20(a, b=20):
    """Function 20."""
    total = a + b * 20
    if total > 20:
        return [x for x in range(total) if x % 2]
    return None

def func_21(a, b=21):
    """Function 21."""
    total = a + b * 21
    if total > 21:
        return [x for x in range(total) if x % 2]
    return None

def func_22(a, b=22):
    """Function 22."""
    total = a + b * 22
    if total > 22:
        return [x for x in range(total) if x % 2]
    return None

def func_23(a, b=23):
    """Function 23."""
    total = a + b * 23
    if total > 23:
        return [x for x in range(total) if x % 2]
    return None

def func_24(a, b=24):
    """Function 24."""
    total = a + b * 24
    if total > 24:
        return [x for x in range(total) if x % 2]
    return None

def func_25(a, b=25):
    """Function 25."""
    total = a + b * 25
    if total > 25:
        return [x for x in range(total) if x % 2]
    return None

def func_26(a, b=26):
    """Function 26."""
    total = a + b * 26
    if total > 26:
        return [x for x in range(total) if x % 2]
    return None

def func_27(a, b=27):
    """Function 27."""
    total = a + b * 27
    if total > 27:
        return [x for x in range(total) if x % 2]
    return None

def func_28(a, b=28):
    """Function 28."""
    total = a + b * 28
    if total > 28:
        return [x for x in range(total) if x % 2]
    return None

def func_29(a, b=29):
    """Function 29."""
    total = a + b * 29
    if total > 29:
        return [x for x in range(total) if x % 2]
    return None

def func_30(a, b=30):
    """Function 30."""
    total = a + b * 30
    if total > 30:
        return [x for x in range(total) if x % 2]
    return None

def func_31(a, b=31):
    """Function 31."""
    total = a + b * 31
    if total > 31:
        return [x for x in range(total) if x % 2]
    return None

def func_32(a, b=32):
    """Function 32."""
    total = a + b * 32
    if total > 32:
        return [x for x in range(total) if x % 2]
    return None

def func_33(a, b=33):
    """Function 33."""
    total = a + b * 33
    if total > 33:
        return [x for x in range(total) if x % 2]
    return None

def func_34(a, b=34):
    """Function 34."""
    total = a + b * 34
    if total > 34:
        return [x for x in range(total) if x % 2]
    return None

def func_35(a, b=35):
    """Function 35."""
    total = a + b * 35
    if total > 35:
        return [x for x in range(total) if x % 2]
    return None

def func_36(a, b=36):
    """Function 36."""
    total = a + b * 36
    if total > 36:
        return [x for x in range(total) if x % 2]
    return None

def func_37(a, b=37):
    """Function 37."""
    total = a + b * 37
    if total > 37:
        return [x for x in range(total) if x % 2]
    return None

def func_38(a, b=38):
    """Function 38."""
    total = a + b * 38
    if total > 38:
        return [x for x in range(total) if x % 2]
    return None

def func_39(a, b=39):
    """Function 39."""
    total = a + b * 39
    if total > 39:
        return [x for x in range(total) if x % 2]
    return None

def func_40(a, b=40):
    """Function 40."""
    total = a + b * 40
    if total > 40:
        return [x for x in range(total) if x % 2]
    return None

def func_41(a, b=41):
    """Function 41."""
    total = a + b * 41
    if total > 41:
        return [x for x in range(total) if x % 2]
    return None

def func_42(a, b=42):
    """Function 42."""
    total = a + b * 42
    if total > 42:
        return [x for x in range(total) if x % 2]
    return None

def func_43(a, b=43):
    """Function 43."""
    total = a + b * 43
    if total > 43:
        return [x for x in range(total) if x % 2]
    return None

def func_44(a, b=44):
    """Function 44."""
    total = a + b * 44
    if total > 44:
        return [x for x in range(total) if x % 2]
    return None

def func_45(a, b=45):
    """Function 45."""
    total = a + b * 45
    if total > 45:
        return [x for x in range(total) if x % 2]
    return None

def func_46(a, b=46):
    """Function 46."""
    total = a + b * 46
    if total > 46:
        return [x for x in range(total) if x % 2]
    return None

def func_47(a, b=47):
    """Function 47."""
    total = a + b * 47
    if total > 47:
        return [x for x in range(total) if x % 2]
    return None

def func_48(a, b=48):
    """Function 48."""
    total = a + b * 48
    if total > 48:
        return [x for x in range(total) if x % 2]
    return None

def func_49(a, b=49):
    """Function 49."""
    total = a + b * 49
    if total > 49:
        return [x for x in range(total) if x % 2]
    return None

def func_50(a, b=50):
    """Function 50."""
    total = a + b * 50
    if total > 50:
        return [x for x in range(total) if x % 2]
    return None

def func_51(a, b=51):
    """Function 51."""
    total = a + b * 51
    if total > 51:
        return [x for x in range(total) if x % 2]
    return None

def func_52(a, b=52):
    """Function 52."""
    total = a + b * 52
    if total > 52:
        return [x for x in range(total) if x % 2]
    return None

def func_53(a, b=53):
    """Function 53."""
    total = a + b * 53
    if total > 53:
        return [x for x in range(total) if x % 2]
    return None

def func_54(a, b=54):
    """Function 54."""
    total = a + b * 54
    if total > 54:
        return [x for x in range(total) if x % 2]
    return None

def func_55(a, b=55):
    """Function 55."""
    total = a + b * 55
    if total > 55:
        return [x for x in range(total) if x % 2]
    return None

def func_56(a, b=56):
    """Function 56."""
    total = a + b * 56
    if total > 56:
        return [x for x in range(total) if x % 2]
    return None

def func_57(a, b=57):
    """Function 57."""
    total = a + b * 57
    if total > 57:
        return [x for x in range(total) if x % 2]
    return None

def func_58(a, b=58):
    """Function 58."""
    total = a + b * 58
    if total > 58:
        return [x for x in range(total) if x % 2]
    return None

def func_59(a, b=59):
    """Function 59."""
    total = a + b * 59
    if total > 59:
        return [x for x in range(total) if x % 2]
    return None

class Big:
    def method(self):
        return {"k": [1, 2, (3, 4)]}

value = func_2(3) +* 4
more = 1
