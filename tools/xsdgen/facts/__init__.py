"""Facts of iJw / iWmo release 3.2 from which generate.py writes the XML Schemas."""
