import LibXML
print(libxml2Version)
