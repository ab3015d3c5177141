"""Care search: the health-professional directory (RPPS open data), geocoding and nearest-first search."""
