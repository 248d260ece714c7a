//! Domain model and the afwegingskader engine. No UI, no file system.
