import ShanshuiGeo
import Testing

@Suite struct SRSNameTests {
  @Test(arguments: [
    "EPSG:4490", "urn:ogc:def:crs:EPSG::4490", "urn:ogc:def:crs:EPSG:9.8.15:4490",
    "http://www.opengis.net/def/crs/EPSG/0/4490", "https://www.opengis.net/def/crs/EPSG/0/4490", " epsg:4490 ",
  ])
  func acceptedSpellingsOfCGCS2000(_ name: String) {
    #expect(SRSName.parse(name) == .success(.cgcs2000))
  }

  @Test func everySupportedCRSRoundTripsThroughEachSpelling() {
    for crs in GeoCRS.all {
      for spelling in SRSName.spellings(of: crs) {
        #expect(SRSName.parse(spelling) == .success(crs), "\(spelling)")
      }
    }
  }

  @Test func gaussKrugerCodesMatchTheEPSGRegister() {
    // EPSG:4520 is "CGCS2000 / 3-degree Gauss-Kruger zone 32", EPSG:4546 "… CM 111E" (pyproj 3.7, PROJ 9 database).
    #expect(GeoCRS(epsg: 4520) == .gaussKruger(zone: 32, zonePrefix: true))
    #expect(GeoCRS(epsg: 4525) == .gaussKruger(zone: 37, zonePrefix: true))
    #expect(GeoCRS(epsg: 4541) == .gaussKruger(zone: 32, zonePrefix: false))
    #expect(GeoCRS(epsg: 4546) == .gaussKruger(zone: 37, zonePrefix: false))
    #expect(GeoCRS(epsg: 4519) == nil)  // zone 31: west of Sichuan
    #expect(GeoCRS.gaussKruger(zone: 35, zonePrefix: false).centralMeridian == 105)
    #expect(GeoCRS.gaussKrugerZone(forLongitude: 106.55) == 36)  // 重庆主城
    #expect(GeoCRS.gaussKrugerZone(forLongitude: 104.06) == 35)  // 成都
  }

  @Test func legacyFormIsRefusedWithItsCode() {
    #expect(SRSName.parse("http://www.opengis.net/gml/srs/epsg.xml#4490") == .failure(.legacyForm(code: 4490)))
  }

  @Test func otherNamesAreRefused() {
    #expect(SRSName.parse("EPSG:4326") == .failure(.unsupportedCode(4326)))
    #expect(SRSName.parse("urn:ogc:def:crs:OGC:1.3:CRS84") == .failure(.unrecognised))
    #expect(SRSName.parse("EPSG:") == .failure(.unrecognised))
    #expect(SRSName.parse("file:///etc/passwd") == .failure(.unrecognised))
    #expect(SRSName.parse("") == .failure(.unrecognised))
  }
}
