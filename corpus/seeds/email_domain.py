domains = sorted({addr.split('@')[1].lower() for addr in emails if '@' in addr})
