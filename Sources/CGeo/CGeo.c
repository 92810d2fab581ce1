#include "CGeo.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CGEO_FIELD_R(ret, name, params, args) __typeof__(&name) name;
#define CGEO_FIELD_V(name, params, args) __typeof__(&name) name;
static struct {
  CGEO_GEOS_FUNCTIONS(CGEO_FIELD_R, CGEO_FIELD_V)
  CGEO_PROJ_FUNCTIONS(CGEO_FIELD_R, CGEO_FIELD_V)
  CGEO_GDAL_FUNCTIONS(CGEO_FIELD_R, CGEO_FIELD_V)
} table;

#define CGEO_WRAP_R(ret, name, params, args)                                                                           \
  ret cgeo_##name params { return table.name args; }
#define CGEO_WRAP_V(name, params, args)                                                                                \
  void cgeo_##name params { table.name args; }
CGEO_GEOS_FUNCTIONS(CGEO_WRAP_R, CGEO_WRAP_V)
CGEO_PROJ_FUNCTIONS(CGEO_WRAP_R, CGEO_WRAP_V)
CGEO_GDAL_FUNCTIONS(CGEO_WRAP_R, CGEO_WRAP_V)

typedef struct {
  int loaded;
  char library[256];
  char detail[512];
} load_state;

void *cgeo_open_first(const char *const *names, int count, char *detail, size_t detail_size) {
  if (detail_size > 0) detail[0] = 0;
  for (int i = 0; i < count; i++) {
    void *handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (handle) return handle;
    const char *error = dlerror();
    if (detail_size > 0) snprintf(detail, detail_size, "%s", error ? error : "dlopen failed");
  }
  return NULL;
}

/// Opens the library: the path in the environment variable `override` if set (another system's install), else the
/// sonames in order. Records the failure in `state`.
static void *open_library(load_state *state, const char *override, const char *const *names, int count) {
  const char *path = getenv(override);
  const char *single[1] = {path};
  void *handle = (path && path[0]) ? cgeo_open_first(single, 1, state->detail, sizeof state->detail)
                                   : cgeo_open_first(names, count, state->detail, sizeof state->detail);
  // With an override, name the variable too: its path need not say which library it was meant to be.
  if (!handle && path && path[0]) snprintf(state->library, sizeof state->library, "%s=%s", override, path);
  if (!handle && !(path && path[0])) snprintf(state->library, sizeof state->library, "%s", names[0]);
  return handle;
}

#define CGEO_LOAD_R(ret, name, params, args) CGEO_LOAD_SYMBOL(name)
#define CGEO_LOAD_V(name, params, args) CGEO_LOAD_SYMBOL(name)
#define CGEO_LOAD_SYMBOL(name)                                                                                         \
  if (ok) {                                                                                                            \
    table.name = (__typeof__(table.name))dlsym(handle, #name);                                                         \
    if (!table.name) {                                                                                                 \
      snprintf(state->detail, sizeof state->detail, "symbol %s not found (library too old?)", #name);                 \
      ok = 0;                                                                                                          \
    }                                                                                                                  \
  }

static load_state core_state;
static pthread_once_t core_once = PTHREAD_ONCE_INIT;
static struct geod_geodesic cgcs2000_ellipsoid;

static void load_core(void) {
  load_state *state = &core_state;
  static const char *const geos_names[] = {"libgeos_c.so.1", "libgeos_c.so", "libgeos_c.dylib"};
  static const char *const proj_names[] = {"libproj.so.25", "libproj.so", "libproj.dylib"};
  void *handle = open_library(state, "SHANSHUI_GEOS_LIBRARY", geos_names, 3);
  if (!handle) return;
  int ok = 1;
  CGEO_GEOS_FUNCTIONS(CGEO_LOAD_R, CGEO_LOAD_V)
  if (!ok) {
    snprintf(state->library, sizeof state->library, "%s", geos_names[0]);
    return;
  }
  handle = open_library(state, "SHANSHUI_PROJ_LIBRARY", proj_names, 3);
  if (!handle) return;
  CGEO_PROJ_FUNCTIONS(CGEO_LOAD_R, CGEO_LOAD_V)
  if (!ok) {
    snprintf(state->library, sizeof state->library, "%s", proj_names[0]);
    return;
  }
  table.geod_init(&cgcs2000_ellipsoid, 6378137.0, 1.0 / 298.257222101);
  state->loaded = 1;
}

int cgeo_load_core(const char **library, const char **detail) {
  pthread_once(&core_once, load_core);
  *library = core_state.library;
  *detail = core_state.detail;
  return core_state.loaded;
}

static load_state gdal_state;
static pthread_once_t gdal_once = PTHREAD_ONCE_INIT;

static void load_gdal(void) {
  load_state *state = &gdal_state;
  static const char *const gdal_names[] = {"libgdal.so.32", "libgdal.so", "libgdal.dylib"};
  void *handle = open_library(state, "SHANSHUI_GDAL_LIBRARY", gdal_names, 3);
  if (!handle) return;
  int ok = 1;
  CGEO_GDAL_FUNCTIONS(CGEO_LOAD_R, CGEO_LOAD_V)
  if (!ok) {
    snprintf(state->library, sizeof state->library, "%s", gdal_names[0]);
    return;
  }
  // Before any file is opened: no network, no directory listing, bounded GeoJSON objects (docs/security.md).
  table.CPLSetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR");
  table.CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", ".shanshui-no-network");
  table.CPLSetConfigOption("GDAL_HTTP_MAX_RETRY", "0");
  table.CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
  table.CPLSetConfigOption("GDAL_HTTP_CONNECTTIMEOUT", "1");
  table.CPLSetConfigOption("CPL_VSIL_CURL_USE_HEAD", "NO");
  table.CPLSetConfigOption("GDAL_HTTP_PROXY", "127.0.0.1:9");
  table.CPLSetConfigOption("OGR_GEOJSON_MAX_OBJ_SIZE", "200");
  table.CPLSetConfigOption("OGR_SQLITE_ALLOW_EXTERNAL_ACCESS", "NO");
  table.CPLSetConfigOption("OGR_GPKG_INTEGRITY_CHECK", "NO");
  table.CPLSetConfigOption("PROJ_NETWORK", "OFF");
  table.OSRSetPROJEnableNetwork(0);
  table.GDALAllRegister();
  state->loaded = 1;
}

int cgeo_load_gdal(const char **library, const char **detail) {
  pthread_once(&gdal_once, load_gdal);
  *library = gdal_state.library;
  *detail = gdal_state.detail;
  return gdal_state.loaded;
}

struct cgeo_geos_context {
  GEOSContextHandle_t handle;
  char error[512];
};

static void keep_geos_error(const char *message, void *userdata) {
  cgeo_geos_context *context = userdata;
  snprintf(context->error, sizeof context->error, "%s", message ? message : "");
}

static void ignore_geos_notice(const char *message, void *userdata) {
  (void)message;
  (void)userdata;
}

cgeo_geos_context *cgeo_geos_context_create(void) {
  cgeo_geos_context *context = calloc(1, sizeof *context);
  if (!context) return NULL;
  context->handle = table.GEOS_init_r();
  if (!context->handle) {
    free(context);
    return NULL;
  }
  table.GEOSContext_setErrorMessageHandler_r(context->handle, keep_geos_error, context);
  table.GEOSContext_setNoticeMessageHandler_r(context->handle, ignore_geos_notice, context);
  return context;
}

void cgeo_geos_context_destroy(cgeo_geos_context *context) {
  if (!context) return;
  table.GEOS_finish_r(context->handle);
  free(context);
}

GEOSContextHandle_t cgeo_geos_handle(const cgeo_geos_context *context) { return context->handle; }
const char *cgeo_geos_last_error(const cgeo_geos_context *context) { return context->error; }
void cgeo_geos_clear_error(cgeo_geos_context *context) { context->error[0] = 0; }

static void ignore_proj_log(void *data, int level, const char *message) {
  (void)data;
  (void)level;
  (void)message;
}

PJ_CONTEXT *cgeo_proj_context_new(void) {
  PJ_CONTEXT *context = table.proj_context_create();
  if (!context) return NULL;
  table.proj_context_set_enable_network(context, 0);
  table.proj_log_func(context, NULL, ignore_proj_log);
  return context;
}

double cgeo_geodesic_ring_area(double *lats, double *lons, int count) {
  double area = 0, perimeter = 0;
  table.geod_polygonarea(&cgcs2000_ellipsoid, lats, lons, count, &area, &perimeter);
  return area;
}

int cgeo_geodesic_densify(double lat1, double lon1, double lat2, double lon2, double step, double *lats,
                          double *lons, int capacity) {
  double length = 0, azimuth = 0, back = 0;
  table.geod_inverse(&cgcs2000_ellipsoid, lat1, lon1, lat2, lon2, &length, &azimuth, &back);
  if (!(step > 0) || !(length > step)) return 0;
  if (length / step > (double)capacity + 1) return -1;
  int pieces = (int)(length / step);
  if (pieces * step < length) pieces++;
  int count = pieces - 1;
  if (count > capacity) return -1;
  for (int index = 1; index <= count; index++) {
    double lat = 0, lon = 0, azi = 0;
    table.geod_direct(&cgcs2000_ellipsoid, lat1, lon1, azimuth, length * index / pieces, &lat, &lon, &azi);
    lats[index - 1] = lat;
    lons[index - 1] = lon;
  }
  return count;
}

static void keep_gdal_error(CPLErr level, CPLErrorNum number, const char *message) {
  (void)number;
  cgeo_gdal_errors *errors = table.CPLGetErrorHandlerUserData();
  if (!errors) return;
  if (level >= CE_Failure) {
    if (errors->failures++ == 0) snprintf(errors->message, sizeof errors->message, "%s", message ? message : "");
  } else if (level == CE_Warning) {
    errors->warnings++;
    if (errors->failures == 0) snprintf(errors->message, sizeof errors->message, "%s", message ? message : "");
  }
}

void cgeo_gdal_push_capture(cgeo_gdal_errors *errors) {
  memset(errors, 0, sizeof *errors);
  table.CPLPushErrorHandlerEx(keep_gdal_error, errors);
}

void cgeo_gdal_pop_capture(void) { table.CPLPopErrorHandler(); }
