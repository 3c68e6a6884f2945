// libFuzzer target: CliParser::parse on arguments split from the input at NUL or newline, after
// "gaap-capacity-cli" as argv[0]. No QCoreApplication: the parser needs none.
#include "cli/cliparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QStringList arguments{QStringLiteral("gaap-capacity-cli")};
    const char *text = reinterpret_cast<const char *>(data);
    size_t start = 0;
    for (size_t i = 0; i <= size; ++i) {
        if (i == size || text[i] == '\0' || text[i] == '\n') {
            if (i > start || i < size) // keep empty arguments between separators, not a trailing one
                arguments.append(QString::fromUtf8(text + start, static_cast<qsizetype>(i - start)));
            start = i + 1;
        }
    }
    if (arguments.size() > 64) // the parser is linear; keep runs fast
        arguments.resize(64);
    const CliParser::Outcome outcome = CliParser::parse(arguments);
    (void)CliParser::languageArgument(arguments);
    (void)outcome;
    return 0;
}
