// The record model lives in `ExchangeModel`, which has no dependencies; clients of `Records`
// see it as before.

@_exported import ExchangeModel
