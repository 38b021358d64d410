using Marac.Forms.Analyzers.Tests.Verification;

namespace Marac.Forms.Analyzers.Tests;

public sealed class SmokeTests
{
    [Fact]
    public Task Console_write_of_a_restricted_member_is_reported() => Verify.DiagnosticsAsync("""
        class C
        {
            void M(Victim v) => Console.WriteLine({|MARAC001:v.Name|});
        }
        """);
}
