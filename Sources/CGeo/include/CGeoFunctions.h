// The functions shanshui uses from GEOS (reentrant API), PROJ and GDAL/OGR, as an X-macro list:
//   R(return type, name, (parameters), (arguments)) for functions returning a value,
//   V(name, (parameters), (arguments)) for void functions.
// CGeo.c expands it into the dlsym table, the loader and one `cgeo_NAME` wrapper per function; CGeo.h into the
// wrappers' declarations. The types come from the libraries' own headers, so a wrong signature does not compile.
#ifndef SHANSHUI_CGEO_FUNCTIONS_H
#define SHANSHUI_CGEO_FUNCTIONS_H

#define CGEO_GEOS_FUNCTIONS(R, V)                                                                                      \
  R(GEOSContextHandle_t, GEOS_init_r, (void), ())                                                                      \
  V(GEOS_finish_r, (GEOSContextHandle_t h), (h))                                                                       \
  R(GEOSMessageHandler_r, GEOSContext_setErrorMessageHandler_r,                                                        \
    (GEOSContextHandle_t h, GEOSMessageHandler_r f, void *u), (h, f, u))                                               \
  R(GEOSMessageHandler_r, GEOSContext_setNoticeMessageHandler_r,                                                       \
    (GEOSContextHandle_t h, GEOSMessageHandler_r f, void *u), (h, f, u))                                               \
  R(GEOSCoordSequence *, GEOSCoordSeq_copyFromArrays_r,                                                                \
    (GEOSContextHandle_t h, const double *x, const double *y, const double *z, const double *m, unsigned int size),    \
    (h, x, y, z, m, size))                                                                                             \
  R(int, GEOSCoordSeq_copyToArrays_r,                                                                                  \
    (GEOSContextHandle_t h, const GEOSCoordSequence *s, double *x, double *y, double *z, double *m),                  \
    (h, s, x, y, z, m))                                                                                                \
  R(int, GEOSCoordSeq_getSize_r, (GEOSContextHandle_t h, const GEOSCoordSequence *s, unsigned int *size),              \
    (h, s, size))                                                                                                      \
  R(int, GEOSCoordSeq_getXY_r,                                                                                         \
    (GEOSContextHandle_t h, const GEOSCoordSequence *s, unsigned int i, double *x, double *y), (h, s, i, x, y))        \
  V(GEOSCoordSeq_destroy_r, (GEOSContextHandle_t h, GEOSCoordSequence *s), (h, s))                                     \
  R(GEOSGeometry *, GEOSGeom_createLinearRing_r, (GEOSContextHandle_t h, GEOSCoordSequence *s), (h, s))               \
  R(GEOSGeometry *, GEOSGeom_createLineString_r, (GEOSContextHandle_t h, GEOSCoordSequence *s), (h, s))               \
  R(GEOSGeometry *, GEOSGeom_createPolygon_r,                                                                          \
    (GEOSContextHandle_t h, GEOSGeometry *shell, GEOSGeometry **holes, unsigned int n), (h, shell, holes, n))         \
  R(GEOSGeometry *, GEOSGeom_createCollection_r,                                                                       \
    (GEOSContextHandle_t h, int type, GEOSGeometry **geoms, unsigned int n), (h, type, geoms, n))                     \
  R(GEOSGeometry *, GEOSGeom_createPointFromXY_r, (GEOSContextHandle_t h, double x, double y), (h, x, y))              \
  V(GEOSGeom_destroy_r, (GEOSContextHandle_t h, GEOSGeometry *g), (h, g))                                              \
  R(int, GEOSGeomTypeId_r, (GEOSContextHandle_t h, const GEOSGeometry *g), (h, g))                                    \
  R(int, GEOSGetNumGeometries_r, (GEOSContextHandle_t h, const GEOSGeometry *g), (h, g))                              \
  R(const GEOSGeometry *, GEOSGetGeometryN_r, (GEOSContextHandle_t h, const GEOSGeometry *g, int n), (h, g, n))       \
  R(const GEOSGeometry *, GEOSGetExteriorRing_r, (GEOSContextHandle_t h, const GEOSGeometry *g), (h, g))              \
  R(int, GEOSGetNumInteriorRings_r, (GEOSContextHandle_t h, const GEOSGeometry *g), (h, g))                           \
  R(const GEOSGeometry *, GEOSGetInteriorRingN_r, (GEOSContextHandle_t h, const GEOSGeometry *g, int n), (h, g, n))   \
  R(const GEOSCoordSequence *, GEOSGeom_getCoordSeq_r, (GEOSContextHandle_t h, const GEOSGeometry *g), (h, g))        \
  R(char, GEOSisEmpty_r, (GEOSContextHandle_t h, const GEOSGeometry *g), (h, g))                                      \
  R(char, GEOSisValidDetail_r,                                                                                         \
    (GEOSContextHandle_t h, const GEOSGeometry *g, int flags, char **reason, GEOSGeometry **location),                \
    (h, g, flags, reason, location))                                                                                   \
  R(GEOSGeometry *, GEOSMakeValid_r, (GEOSContextHandle_t h, const GEOSGeometry *g), (h, g))                          \
  V(GEOSFree_r, (GEOSContextHandle_t h, void *buffer), (h, buffer))                                                    \
  R(const GEOSPreparedGeometry *, GEOSPrepare_r, (GEOSContextHandle_t h, const GEOSGeometry *g), (h, g))              \
  V(GEOSPreparedGeom_destroy_r, (GEOSContextHandle_t h, const GEOSPreparedGeometry *g), (h, g))                       \
  R(char, GEOSPreparedCovers_r, (GEOSContextHandle_t h, const GEOSPreparedGeometry *p, const GEOSGeometry *g),         \
    (h, p, g))                                                                                                         \
  R(char, GEOSPreparedIntersects_r, (GEOSContextHandle_t h, const GEOSPreparedGeometry *p, const GEOSGeometry *g),     \
    (h, p, g))                                                                                                         \
  R(char, GEOSPreparedDistanceWithin_r,                                                                                \
    (GEOSContextHandle_t h, const GEOSPreparedGeometry *p, const GEOSGeometry *g, double d), (h, p, g, d))            \
  R(char, GEOSIntersects_r, (GEOSContextHandle_t h, const GEOSGeometry *a, const GEOSGeometry *b), (h, a, b))         \
  R(GEOSGeometry *, GEOSIntersection_r, (GEOSContextHandle_t h, const GEOSGeometry *a, const GEOSGeometry *b),         \
    (h, a, b))                                                                                                         \
  R(GEOSGeometry *, GEOSDifference_r, (GEOSContextHandle_t h, const GEOSGeometry *a, const GEOSGeometry *b),           \
    (h, a, b))                                                                                                         \
  R(GEOSGeometry *, GEOSUnaryUnion_r, (GEOSContextHandle_t h, const GEOSGeometry *g), (h, g))                          \
  R(GEOSGeometry *, GEOSPointOnSurface_r, (GEOSContextHandle_t h, const GEOSGeometry *g), (h, g))                     \
  R(GEOSGeometry *, GEOSGetCentroid_r, (GEOSContextHandle_t h, const GEOSGeometry *g), (h, g))                        \
  R(int, GEOSGeomGetX_r, (GEOSContextHandle_t h, const GEOSGeometry *g, double *v), (h, g, v))                        \
  R(int, GEOSGeomGetY_r, (GEOSContextHandle_t h, const GEOSGeometry *g, double *v), (h, g, v))                        \
  R(int, GEOSGeom_getXMin_r, (GEOSContextHandle_t h, const GEOSGeometry *g, double *v), (h, g, v))                    \
  R(int, GEOSGeom_getXMax_r, (GEOSContextHandle_t h, const GEOSGeometry *g, double *v), (h, g, v))                    \
  R(int, GEOSGeom_getYMin_r, (GEOSContextHandle_t h, const GEOSGeometry *g, double *v), (h, g, v))                    \
  R(int, GEOSGeom_getYMax_r, (GEOSContextHandle_t h, const GEOSGeometry *g, double *v), (h, g, v))                    \
  R(int, GEOSDistance_r, (GEOSContextHandle_t h, const GEOSGeometry *a, const GEOSGeometry *b, double *d),             \
    (h, a, b, d))                                                                                                      \
  R(GEOSCoordSequence *, GEOSNearestPoints_r, (GEOSContextHandle_t h, const GEOSGeometry *a, const GEOSGeometry *b),   \
    (h, a, b))                                                                                                         \
  R(GEOSGeometry *, GEOSGeom_clone_r, (GEOSContextHandle_t h, const GEOSGeometry *g), (h, g))                         \
  R(GEOSGeometry *, GEOSClipByRect_r,                                                                                  \
    (GEOSContextHandle_t h, const GEOSGeometry *g, double x0, double y0, double x1, double y1), (h, g, x0, y0, x1, y1)) \
  R(GEOSGeometry *, GEOSDensify_r, (GEOSContextHandle_t h, const GEOSGeometry *g, double tolerance), (h, g, tolerance)) \
  R(GEOSGeometry *, GEOSTopologyPreserveSimplify_r, (GEOSContextHandle_t h, const GEOSGeometry *g, double tolerance),  \
    (h, g, tolerance))                                                                                                 \
  R(int, GEOSPreparedDistance_r,                                                                                       \
    (GEOSContextHandle_t h, const GEOSPreparedGeometry *p, const GEOSGeometry *g, double *d), (h, p, g, d))           \
  R(GEOSCoordSequence *, GEOSPreparedNearestPoints_r,                                                                  \
    (GEOSContextHandle_t h, const GEOSPreparedGeometry *p, const GEOSGeometry *g), (h, p, g))                          \
  R(GEOSSTRtree *, GEOSSTRtree_create_r, (GEOSContextHandle_t h, size_t capacity), (h, capacity))                     \
  V(GEOSSTRtree_insert_r, (GEOSContextHandle_t h, GEOSSTRtree *t, const GEOSGeometry *g, void *item), (h, t, g, item)) \
  V(GEOSSTRtree_query_r,                                                                                               \
    (GEOSContextHandle_t h, GEOSSTRtree *t, const GEOSGeometry *g, GEOSQueryCallback f, void *u), (h, t, g, f, u))    \
  V(GEOSSTRtree_destroy_r, (GEOSContextHandle_t h, GEOSSTRtree *t), (h, t))

#define CGEO_PROJ_FUNCTIONS(R, V)                                                                                      \
  R(PJ_CONTEXT *, proj_context_create, (void), ())                                                                     \
  R(PJ_CONTEXT *, proj_context_destroy, (PJ_CONTEXT * c), (c))                                                         \
  R(int, proj_context_set_enable_network, (PJ_CONTEXT * c, int on), (c, on))                                          \
  V(proj_log_func, (PJ_CONTEXT * c, void *data, PJ_LOG_FUNCTION f), (c, data, f))                                      \
  R(PJ *, proj_create_crs_to_crs, (PJ_CONTEXT * c, const char *source, const char *target, PJ_AREA *area),            \
    (c, source, target, area))                                                                                         \
  R(PJ *, proj_normalize_for_visualization, (PJ_CONTEXT * c, const PJ *p), (c, p))                                     \
  R(PJ *, proj_destroy, (PJ * p), (p))                                                                                 \
  R(size_t, proj_trans_generic,                                                                                        \
    (PJ * p, PJ_DIRECTION d, double *x, size_t sx, size_t nx, double *y, size_t sy, size_t ny, double *z, size_t sz,   \
     size_t nz, double *t, size_t st, size_t nt),                                                                      \
    (p, d, x, sx, nx, y, sy, ny, z, sz, nz, t, st, nt))                                                                \
  R(int, proj_context_errno, (PJ_CONTEXT * c), (c))                                                                    \
  R(const char *, proj_context_errno_string, (PJ_CONTEXT * c, int e), (c, e))                                          \
  R(int, proj_errno, (const PJ *p), (p))                                                                               \
  R(int, proj_errno_reset, (PJ * p), (p))                                                                              \
  V(geod_init, (struct geod_geodesic * g, double a, double f), (g, a, f))                                              \
  V(geod_polygonarea,                                                                                                  \
    (const struct geod_geodesic *g, double lats[], double lons[], int n, double *area, double *perimeter),            \
    (g, lats, lons, n, area, perimeter))                                                                               \
  V(geod_inverse,                                                                                                      \
    (const struct geod_geodesic *g, double lat1, double lon1, double lat2, double lon2, double *ps12, double *pazi1,   \
     double *pazi2),                                                                                                   \
    (g, lat1, lon1, lat2, lon2, ps12, pazi1, pazi2))                                                                   \
  V(geod_direct,                                                                                                       \
    (const struct geod_geodesic *g, double lat1, double lon1, double azi1, double s12, double *plat2, double *plon2,   \
     double *pazi2),                                                                                                   \
    (g, lat1, lon1, azi1, s12, plat2, plon2, pazi2))

#define CGEO_GDAL_FUNCTIONS(R, V)                                                                                      \
  V(GDALAllRegister, (void), ())                                                                                       \
  V(CPLSetConfigOption, (const char *key, const char *value), (key, value))                                            \
  V(OSRSetPROJEnableNetwork, (int on), (on))                                                                           \
  V(CPLPushErrorHandlerEx, (CPLErrorHandler f, void *data), (f, data))                                                 \
  V(CPLPopErrorHandler, (void), ())                                                                                    \
  R(void *, CPLGetErrorHandlerUserData, (void), ())                                                                    \
  V(CPLErrorReset, (void), ())                                                                                         \
  V(VSIFree, (void *p), (p))                                                                                           \
  R(GDALDatasetH, GDALOpenEx,                                                                                          \
    (const char *path, unsigned int flags, const char *const *drivers, const char *const *options,                     \
     const char *const *siblings),                                                                                     \
    (path, flags, drivers, options, siblings))                                                                         \
  V(GDALClose, (GDALDatasetH d), (d))                                                                                  \
  R(int, GDALDatasetGetLayerCount, (GDALDatasetH d), (d))                                                              \
  R(OGRLayerH, GDALDatasetGetLayer, (GDALDatasetH d, int i), (d, i))                                                   \
  R(const char *, OGR_L_GetName, (OGRLayerH l), (l))                                                                   \
  R(OGRSpatialReferenceH, OGR_L_GetSpatialRef, (OGRLayerH l), (l))                                                     \
  R(OGRErr, OSRExportToWkt, (OGRSpatialReferenceH s, char **wkt), (s, wkt))                                            \
  R(const char *, OSRGetAuthorityName, (OGRSpatialReferenceH s, const char *key), (s, key))                            \
  R(const char *, OSRGetAuthorityCode, (OGRSpatialReferenceH s, const char *key), (s, key))                            \
  R(const char *, OSRGetName, (OGRSpatialReferenceH s), (s))                                                           \
  R(GIntBig, OGR_L_GetFeatureCount, (OGRLayerH l, int force), (l, force))                                              \
  V(OGR_L_ResetReading, (OGRLayerH l), (l))                                                                            \
  R(OGRFeatureH, OGR_L_GetNextFeature, (OGRLayerH l), (l))                                                             \
  R(OGRFeatureDefnH, OGR_L_GetLayerDefn, (OGRLayerH l), (l))                                                           \
  R(int, OGR_FD_GetFieldCount, (OGRFeatureDefnH d), (d))                                                               \
  R(OGRFieldDefnH, OGR_FD_GetFieldDefn, (OGRFeatureDefnH d, int i), (d, i))                                            \
  R(const char *, OGR_Fld_GetNameRef, (OGRFieldDefnH f), (f))                                                          \
  V(OGR_F_Destroy, (OGRFeatureH f), (f))                                                                               \
  R(GIntBig, OGR_F_GetFID, (OGRFeatureH f), (f))                                                                       \
  R(int, OGR_F_IsFieldSetAndNotNull, (OGRFeatureH f, int i), (f, i))                                                   \
  R(const char *, OGR_F_GetFieldAsString, (OGRFeatureH f, int i), (f, i))                                              \
  R(OGRGeometryH, OGR_F_GetGeometryRef, (OGRFeatureH f), (f))                                                          \
  R(OGRwkbGeometryType, OGR_G_GetGeometryType, (OGRGeometryH g), (g))                                                  \
  R(int, OGR_G_GetGeometryCount, (OGRGeometryH g), (g))                                                                \
  R(OGRGeometryH, OGR_G_GetGeometryRef, (OGRGeometryH g, int i), (g, i))                                               \
  R(int, OGR_G_GetPointCount, (OGRGeometryH g), (g))                                                                   \
  R(int, OGR_G_HasCurveGeometry, (OGRGeometryH g, int nonLinear), (g, nonLinear))                                     \
  R(OGRGeometryH, OGR_G_GetLinearGeometry, (OGRGeometryH g, double step, char **options), (g, step, options))         \
  V(OGR_G_DestroyGeometry, (OGRGeometryH g), (g))                                                                      \
  R(int, OGR_G_GetPoints,                                                                                              \
    (OGRGeometryH g, void *x, int sx, void *y, int sy, void *z, int sz), (g, x, sx, y, sy, z, sz))

#endif
