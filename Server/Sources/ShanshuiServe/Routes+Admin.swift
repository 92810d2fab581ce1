import Hummingbird
import ShanshuiCore

extension ShanshuiService {
  /// `POST /v1/admin/reload` (only with `--admin-token-file`): loads the standard again from the paths given at
  /// start (the request names none). 200 when it loaded; 422 with the problems when it was refused and the one in
  /// force kept; 401 without the token.
  func reload(_ request: Request, context: ServeContext) async throws -> Response {
    guard let token = settings.adminToken, token.authorizes(request.headers[.authorization]) else {
      var refusal = Problem(
        .unauthorized, code: "unauthorized", zh: "需要管理令牌（Authorization: Bearer …）",
        en: "the admin token is required (Authorization: Bearer …)")
      refusal.headers[.wwwAuthenticate] = "Bearer realm=\"shanshui-serve admin\""
      throw refusal
    }
    let result: StandardStore.LoadResult
    do {
      result = try await reload(on: context.channel.eventLoop)
    } catch {
      // The reload thread timed out or the service is stopping: the standard in force is unchanged.
      throw Problem(
        .serviceUnavailable, code: "reload-unavailable", zh: "现在无法重新加载标准（服务正在停止或加载超时），现行标准不变",
        en:
          "the standard cannot be reloaded now (the service is stopping or the load timed out); the one in force is kept"
      )
    }
    let problems = result.problems.map(Self.object)
    let warnings = result.warnings.map(Self.object)
    guard result.loaded, let session = store.session else {
      return try Self.json(
        ["loaded": false, "problems": problems, "warnings": warnings], status: .unprocessableContent)
    }
    return try Self.json([
      "loaded": true, "standard": session.standard.info.id, "version": session.standard.info.version,
      "warnings": warnings,
    ])
  }

  static func object(_ diagnostic: Diagnostic) -> [String: Any] {
    [
      "code": diagnostic.code.rawValue, "file": diagnostic.location.file, "line": diagnostic.location.line,
      "message": ["zh": diagnostic.message.text(.zh), "en": diagnostic.message.text(.en)],
    ]
  }
}
