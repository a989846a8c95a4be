package dev.streamlab.store;

/** Storage on the embedded H2 database the lab uses by default. */
class H2StorageTest extends StorageContract {
}
