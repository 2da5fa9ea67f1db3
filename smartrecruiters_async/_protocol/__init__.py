"""Sans-I/O core: route table, response decoding, paging arithmetic.

Nothing in this package imports aiohttp or asyncio, so every rule here is testable without an event
loop and reusable by any transport.
"""
