namespace RackHouse.Conduct.BrowserTests.Infrastructure;

/// <summary>Every browser test class shares one portal and one Chromium; the tests run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class SharedPortal : ICollectionFixture<Portal>
{
    public const string Name = "Portal";
}
