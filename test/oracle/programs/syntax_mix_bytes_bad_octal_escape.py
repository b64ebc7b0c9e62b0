# 3.12+ decode every literal (with its warnings) before finding the bytes/str mix
x = "ok" b"\777"
