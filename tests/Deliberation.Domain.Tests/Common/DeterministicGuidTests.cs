using Deliberation.Domain.Common;

namespace Deliberation.Domain.Tests.Common;

public class DeterministicGuidTests
{
    [Fact]
    public void Matches_the_version_5_uuid_of_the_rfc_example()
    {
        // RFC 9562, appendix A.4: the DNS namespace and "www.example.com".
        var dns = Guid.Parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal(Guid.Parse("2ed6657d-e927-568b-95e1-2665a8aea6a2"), DeterministicGuid.Create(dns, "www.example.com"));
    }
}
