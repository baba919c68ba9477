# Turns a title into a URL slug.
def make_slug(title):
    lowered = title.lower().strip()
    words = lowered.split()
    slug = '-'.join(words)
    slug = slug.replace('!', '').replace('?', '')
    return slug
