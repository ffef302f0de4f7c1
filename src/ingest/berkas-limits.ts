// The limits of a berkas, apart from its reader so that the server's main thread can check an
// upload against them without loading the readers.

/** A folder of more files than this is not one OPD's submission (the lint would read them all). */
export const MAX_BERKAS_FILES = 40;
