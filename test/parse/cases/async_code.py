async def fetch(url):
    await sleep(1)
    result = await client.get(url)
    async with session as s:
        pass
    async for item in stream:
        print(item)
    else:
        pass
    return [x async for x in aiter()]


async def gen():
    yield 1
    await x ** 2
    data = {k: await v for k, v in items}


async def multi():
    async with a as x, b as y:
        pass
