"""bench --peers: what an analyst would type into pandas to load the day file into SQLite.
usage: python3 pandas-load.py DB.sqlite FILE.csv ENCODING"""
import sqlite3
import sys

import pandas

db, path, encoding = sys.argv[1:4]
frame = pandas.read_csv(path, encoding=encoding)
with sqlite3.connect(db) as connection:
    frame.to_sql("pop", connection, index=False)
print(len(frame))
