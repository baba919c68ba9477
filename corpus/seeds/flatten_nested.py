def walk(node, out):
    for child in node:
        if isinstance(child, list):
            walk(child, out)
        else:
            out.append(child)
