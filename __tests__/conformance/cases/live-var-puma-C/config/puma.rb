threads 1, 2
