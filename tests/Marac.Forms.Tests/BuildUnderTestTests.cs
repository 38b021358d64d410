using System.Runtime.Versioning;

namespace Marac.Forms.Tests;

/// <summary>Which build of the library these tests run against: net8.0 here, netstandard2.0 in Marac.Forms.NetStandard.Tests.</summary>
public sealed class BuildUnderTestTests
{
    [Fact]
    public void The_tests_run_against_the_intended_build_of_the_library()
    {
        var framework = typeof(MaracReferral).Assembly.GetCustomAttributes(typeof(TargetFrameworkAttribute), inherit: false)
            .Cast<TargetFrameworkAttribute>().Single().FrameworkName;

#if MARAC_NETSTANDARD_BUILD
        Assert.Equal(".NETStandard,Version=v2.0", framework);
#else
        Assert.Equal(".NETCoreApp,Version=v8.0", framework);
#endif
    }
}
