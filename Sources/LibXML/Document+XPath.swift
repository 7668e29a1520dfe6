// XPath 1.0 evaluation: one throwing `evaluate` materialised eagerly, plus conveniences.

internal import libxml2

/// The value of an XPath 1.0 expression.
public enum XPathValue {
  /// A node-set, in document order.
  case nodes([Node])
  /// A string.
  case string(String)
  /// A number (IEEE double, `NaN` for non-numbers).
  case number(Double)
  /// A boolean.
  case boolean(Bool)
}

/// The prefix under which XPath expressions reach the default namespace in scope at the
/// context node (`_:item` for `<item xmlns="urn:x">`), unless `namespaces` binds `_` itself.
/// XPath 1.0 has no default namespace: an unprefixed name always means "in no namespace".
public let xpathDefaultNamespacePrefix = "_"

extension Document {
  /// Evaluates an XPath 1.0 expression with the document node as context.
  ///
  /// Prefixes come from `namespaces` and from the declarations in scope on the root element;
  /// the default namespace is bound to ``xpathDefaultNamespacePrefix``.
  ///
  /// - Parameters:
  ///   - expression: The expression.
  ///   - namespaces: Prefix → URI bindings; they take precedence over in-scope declarations.
  /// - Returns: The value, materialised.
  /// - Throws: ``LibXMLError/xpath(expression:message:)`` when the expression does not compile
  ///   or cannot be evaluated (unknown prefix or function, …); never a silent empty result.
  public func evaluate(_ expression: String, namespaces: [String: String] = [:])
    throws(LibXMLError) -> XPathValue
  {
    try node.evaluate(expression, namespaces: namespaces)
  }

  /// The nodes an expression selects (document node as context).
  ///
  /// - Parameters:
  ///   - expression: An expression returning a node-set.
  ///   - namespaces: Prefix → URI bindings.
  /// - Returns: The nodes in document order.
  /// - Throws: ``LibXMLError/xpath(expression:message:)``, also when the result is no node-set.
  public func nodes(_ expression: String, namespaces: [String: String] = [:])
    throws(LibXMLError) -> [Node]
  {
    try node.nodes(expression, namespaces: namespaces)
  }

  /// The first node an expression selects, `nil` when it selects none.
  ///
  /// - Parameters:
  ///   - expression: An expression returning a node-set.
  ///   - namespaces: Prefix → URI bindings.
  /// - Returns: The first node in document order, or `nil`.
  /// - Throws: ``LibXMLError/xpath(expression:message:)``, also when the result is no node-set.
  public func firstNode(_ expression: String, namespaces: [String: String] = [:])
    throws(LibXMLError) -> Node?
  {
    try node.firstNode(expression, namespaces: namespaces)
  }

  /// The string value of an expression, as XPath's `string()` converts it.
  ///
  /// - Parameters:
  ///   - expression: Any expression.
  ///   - namespaces: Prefix → URI bindings.
  /// - Returns: The string value.
  /// - Throws: ``LibXMLError/xpath(expression:message:)``.
  public func string(_ expression: String, namespaces: [String: String] = [:])
    throws(LibXMLError) -> String
  {
    try node.string(expression, namespaces: namespaces)
  }
}

extension Node {
  /// Evaluates an XPath 1.0 expression with this node as context.
  ///
  /// Prefixes come from `namespaces` and from the declarations in scope at this node (at the
  /// root element for the document node); the default namespace is bound to
  /// ``xpathDefaultNamespacePrefix``.
  ///
  /// - Parameters:
  ///   - expression: The expression.
  ///   - namespaces: Prefix → URI bindings; they take precedence over in-scope declarations.
  /// - Returns: The value, materialised.
  /// - Throws: ``LibXMLError/xpath(expression:message:)`` when the expression does not compile
  ///   or cannot be evaluated; never a silent empty result.
  public func evaluate(_ expression: String, namespaces: [String: String] = [:])
    throws(LibXMLError) -> XPathValue
  {
    let collector = DiagnosticCollector(limit: 10)
    return try withCollectedErrors(collector) { () throws(LibXMLError) -> XPathValue in
      guard let context = xmlXPathNewContext(handle.document) else {
        throw .xpath(expression: expression, message: "out of memory")
      }
      defer { xmlXPathFreeContext(context) }
      context.pointee.node = pointer
      // No `context.error` callback: libxml2 passes it errors without a message; through the
      // per-thread structured handler they arrive formatted.
      registerNamespaces(context, namespaces)
      guard let object = xmlXPathEvalExpression(expression, context) else {
        let errors = collector.diagnostics.filter { $0.severity != .warning }
        let message =
          (errors.isEmpty ? collector.diagnostics : errors).map(\.message)
          .joined(separator: "; ").nonEmpty ?? "the expression could not be evaluated"
        throw .xpath(expression: expression, message: message)
      }
      defer { xmlXPathFreeObject(object) }
      if let problem = collector.diagnostics.first(where: { $0.severity != .warning }) {
        throw .xpath(expression: expression, message: problem.message)
      }
      return try materialise(object, expression: expression)
    }
  }

  /// The nodes an expression selects with this node as context.
  ///
  /// - Parameters:
  ///   - expression: An expression returning a node-set.
  ///   - namespaces: Prefix → URI bindings.
  /// - Returns: The nodes in document order.
  /// - Throws: ``LibXMLError/xpath(expression:message:)``, also when the result is no node-set.
  public func nodes(_ expression: String, namespaces: [String: String] = [:])
    throws(LibXMLError) -> [Node]
  {
    switch try evaluate(expression, namespaces: namespaces) {
    case .nodes(let nodes): return nodes
    case .string, .number, .boolean:
      throw .xpath(expression: expression, message: "expected a node-set, got a scalar value")
    }
  }

  /// The first node an expression selects with this node as context, `nil` when none.
  ///
  /// - Parameters:
  ///   - expression: An expression returning a node-set.
  ///   - namespaces: Prefix → URI bindings.
  /// - Returns: The first node in document order, or `nil`.
  /// - Throws: ``LibXMLError/xpath(expression:message:)``, also when the result is no node-set.
  public func firstNode(_ expression: String, namespaces: [String: String] = [:])
    throws(LibXMLError) -> Node?
  {
    try nodes(expression, namespaces: namespaces).first
  }

  /// The string value of an expression with this node as context (XPath's `string()`).
  ///
  /// - Parameters:
  ///   - expression: Any expression.
  ///   - namespaces: Prefix → URI bindings.
  /// - Returns: The string value.
  /// - Throws: ``LibXMLError/xpath(expression:message:)``.
  public func string(_ expression: String, namespaces: [String: String] = [:])
    throws(LibXMLError) -> String
  {
    switch try evaluate(expression, namespaces: namespaces) {
    case .nodes(let nodes): return nodes.first?.content ?? ""
    case .string(let text): return text
    case .number(let value): return xpathString(of: value)
    case .boolean(let value): return value ? "true" : "false"
    }
  }

  /// Registers the in-scope namespace declarations, then the caller's bindings over them.
  private func registerNamespaces(_ context: xmlXPathContextPtr, _ namespaces: [String: String]) {
    var scope: xmlNodePtr? = nil
    switch type {
    case XML_ELEMENT_NODE: scope = pointer
    case XML_DOCUMENT_NODE, XML_HTML_DOCUMENT_NODE: scope = xmlDocGetRootElement(handle.document)
    case XML_ATTRIBUTE_NODE: scope = pointer.pointee.parent
    default: scope = pointer.pointee.parent
    }
    if let scope, scope.pointee.type == XML_ELEMENT_NODE,
      let list = xmlGetNsList(handle.document, scope)
    {
      defer { libxmlFree(list) }
      var index = 0
      while let ns = list[index] {
        if let href = ns.pointee.href {
          if let prefix = ns.pointee.prefix {
            xmlXPathRegisterNs(context, prefix, href)
          } else if namespaces[xpathDefaultNamespacePrefix] == nil {
            xmlXPathRegisterNs(context, xpathDefaultNamespacePrefix, href)
          }
        }
        index += 1
      }
    }
    for (prefix, uri) in namespaces {
      xmlXPathRegisterNs(context, prefix, uri)
    }
  }

  /// Copies an XPath result into Swift values before libxml2 frees it.
  private func materialise(_ object: xmlXPathObjectPtr, expression: String)
    throws(LibXMLError) -> XPathValue
  {
    switch object.pointee.type {
    case XPATH_NODESET:
      guard let set = object.pointee.nodesetval, set.pointee.nodeNr > 0,
        let table = set.pointee.nodeTab
      else { return .nodes([]) }
      var result: [Node] = []
      result.reserveCapacity(Int(set.pointee.nodeNr))
      for index in 0..<Int(set.pointee.nodeNr) {
        guard let item = table[index] else { continue }
        if item.pointee.type == XML_NAMESPACE_DECL {
          // libxml2 hands out temporary copies of namespace nodes: they cannot outlive the result.
          throw .xpath(
            expression: expression,
            message: "namespace nodes cannot be returned; select their name() or string() instead"
          )
        }
        result.append(Node(handle: handle, pointer: item))
      }
      return .nodes(result)
    case XPATH_STRING:
      return .string(object.pointee.stringval.map { String(cString: $0) } ?? "")
    case XPATH_NUMBER:
      return .number(object.pointee.floatval)
    case XPATH_BOOLEAN:
      return .boolean(object.pointee.boolval != 0)
    default:
      throw .xpath(
        expression: expression, message: "unsupported result type \(object.pointee.type.rawValue)")
    }
  }
}

/// XPath 1.0's string form of a number (`1`, `0.5`, `NaN`, `Infinity`).
private func xpathString(of value: Double) -> String {
  if value.isNaN { return "NaN" }
  if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
  if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
  return String(value)
}

extension String {
  fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
