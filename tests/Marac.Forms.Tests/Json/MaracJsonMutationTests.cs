using Marac.Forms.Json;

namespace Marac.Forms.Tests.Json;

/// <summary>Damaged files either read or fail with <see cref="MaracFormatException"/>; nothing else ever escapes.</summary>
public sealed class MaracJsonMutationTests
{
    private const int Copies = 10_000;

    [Fact]
    public void Every_damaged_copy_reads_or_fails_with_a_located_format_error()
    {
        var original = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "data", "case-complete", "referral.json"));
        var mutator = new JsonMutator(original);
        var random = new Random(20261101);
        var escaped = new List<string>();
        var read = 0;
        var refused = 0;

        for (var i = 0; i < Copies; i++)
        {
            var damaged = mutator.Mutate(random, out var damage);
            try
            {
                var file = i % 2 == 0 ? MaracJson.ReadAny(new MemoryStream(damaged)) : MaracJson.Read<MaracReferral>(new MemoryStream(damaged));
                read++;
                var again = MaracJson.ReadAny(MaracJson.Write(file.Form, file.LawfulBasis));
                if (!again.Form.Equals(file.Form))
                {
                    escaped.Add($"copy {i} ({damage}): read, but writing it out and reading it again changed it");
                }
            }
            catch (MaracFormatException ex)
            {
                refused++;
                var lines = 1 + damaged.AsSpan().Count((byte)'\n');
                if (ex.Line is not { } line || line < 1 || line > lines || ex.Column is not >= 1 || ex.Path is null || ex.Reason.Length == 0)
                {
                    escaped.Add($"copy {i} ({damage}): badly located error: line {ex.Line} of {lines}, column {ex.Column}, path '{ex.Path}': {ex.Message}");
                }
            }
            catch (Exception ex)
            {
                escaped.Add($"copy {i} ({damage}): {ex.GetType().Name}: {ex.Message}");
            }
        }

        Assert.True(escaped.Count == 0, string.Join(Environment.NewLine, escaped.Take(20)));
        Assert.Equal(Copies, read + refused);
        Assert.True(read > 100, $"only {read} copies still read; the damage is not varied enough");
        Assert.True(refused > Copies / 2, $"only {refused} copies were refused");
    }
}
