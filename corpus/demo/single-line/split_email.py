# Splits an e-mail address into user name and domain.
def split_email(address):
    address = address.strip().lower()
    user, domain = address.split('@')
    top_level = domain.rsplit('.', 1)[-1]
    return {'user': user, 'domain': domain, 'tld': top_level}
