// CGeo: GEOS, PROJ and GDAL/OGR loaded with dlopen on first use, so that shanshui does not link them (GDAL alone
// pulls in over a hundred shared libraries and ~31 ms of start-up into every run) and a run without geometry never
// loads them. Only ShanshuiGeo imports this module.
//
// The libraries' own headers give the types; every function shanshui calls is reached through `cgeo_NAME`, a wrapper
// around the pointer dlsym found. Call cgeo_load_core() (GEOS and PROJ) or cgeo_load_gdal() first and only call the
// wrappers of a group that loaded.
#ifndef SHANSHUI_CGEO_H
#define SHANSHUI_CGEO_H

#include <stddef.h>
#include <geos_c.h>
#include <proj.h>
#include <geodesic.h>
#include <gdal/gdal.h>
#include <gdal/ogr_api.h>
#include <gdal/ogr_srs_api.h>
#include <gdal/cpl_error.h>
#include <gdal/cpl_conv.h>

#include "CGeoFunctions.h"

#define CGEO_DECLARE_R(ret, name, params, args) ret cgeo_##name params;
#define CGEO_DECLARE_V(name, params, args) void cgeo_##name params;
CGEO_GEOS_FUNCTIONS(CGEO_DECLARE_R, CGEO_DECLARE_V)
CGEO_PROJ_FUNCTIONS(CGEO_DECLARE_R, CGEO_DECLARE_V)
CGEO_GDAL_FUNCTIONS(CGEO_DECLARE_R, CGEO_DECLARE_V)
#undef CGEO_DECLARE_R
#undef CGEO_DECLARE_V

/// Loads GEOS and PROJ once per process (thread-safe). Returns 1 when both loaded; otherwise 0, with `library` set to
/// the soname that failed and `detail` to dlerror()'s text (static strings, valid for the process's life).
int cgeo_load_core(const char **library, const char **detail);

/// Loads GDAL once per process, like cgeo_load_core (call that first: GDAL's layers are transformed with PROJ and
/// turned into GEOS geometries). Also switches GDAL's network access and directory listing off.
int cgeo_load_gdal(const char **library, const char **detail);

/// Tries `count` names with dlopen in order; returns the first that loads (the handle stays open) or NULL with the
/// last dlerror() text copied into `detail`. Exposed for the tests of the E600 message.
void *cgeo_open_first(const char *const *names, int count, char *detail, size_t detail_size);

/// A GEOS context handle whose error and notice messages are kept (the last error) instead of printed.
typedef struct cgeo_geos_context cgeo_geos_context;
cgeo_geos_context *cgeo_geos_context_create(void);
void cgeo_geos_context_destroy(cgeo_geos_context *context);
GEOSContextHandle_t cgeo_geos_handle(const cgeo_geos_context *context);
/// The last error GEOS reported on this context ("" when none since the last clear).
const char *cgeo_geos_last_error(const cgeo_geos_context *context);
void cgeo_geos_clear_error(cgeo_geos_context *context);

/// A PROJ context with its network access off and its log silenced (errors are read with proj_context_errno).
PJ_CONTEXT *cgeo_proj_context_new(void);

/// The signed geodesic area in m² of the ring (latitudes and longitudes in degrees, closed or not) on the CGCS2000
/// ellipsoid (a = 6378137 m, 1/f = 298.257222101), by PROJ's geod_polygonarea (Karney 2013): counter-clockwise rings
/// are positive.
double cgeo_geodesic_ring_area(double *lats, double *lons, int count);

/// The positions strictly between (lat1, lon1) and (lat2, lon2) that cut the geodesic joining them on the CGCS2000
/// ellipsoid into equal pieces no longer than `step` metres (geod_inverse, then geod_direct at equal distances),
/// written to `lats`/`lons`. Returns how many (0 when the geodesic is no longer than `step`), or -1 when more than
/// `capacity` would be needed.
int cgeo_geodesic_densify(double lat1, double lon1, double lat2, double lon2, double step, double *lats,
                          double *lons, int capacity);

/// Collects CPLErrors raised on the calling thread between push and pop (GDAL's handler stack is thread-local).
typedef struct {
  /// The first failure's message, or else the last warning's.
  char message[1024];
  int failures;
  int warnings;
} cgeo_gdal_errors;
void cgeo_gdal_push_capture(cgeo_gdal_errors *errors);
void cgeo_gdal_pop_capture(void);

#endif
