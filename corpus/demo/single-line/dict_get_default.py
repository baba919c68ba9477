# Reads dictionary keys with defaults and fills in missing ones.
config = {'host': 'localhost', 'port': 8080}
port = config.get('port', 80)
user = config.get('user', 'guest')
config.setdefault('debug', False)
config.setdefault('port', 9000)
keys = list(config.keys())
print(port, user, config, keys)
