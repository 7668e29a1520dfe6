// `Source` and `Article` live in `ExchangeModel`, which has no dependencies; clients of
// `PortalPage` see them as before.

@_exported import ExchangeModel
