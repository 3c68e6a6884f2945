# One INTERFACE target carries the project's compile options: every target of ours links it.
add_library(gaap_build_options INTERFACE)

target_compile_definitions(gaap_build_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(MSVC)
    target_compile_options(gaap_build_options INTERFACE /W4 /permissive- /utf-8)
    if(GAAP_WARNINGS_AS_ERRORS)
        target_compile_options(gaap_build_options INTERFACE /WX)
    endif()
else()
    # The build's one Qt version check. From Qt 6.7, QTRY_VERIFY, QTRY_COMPARE and their _WITH_TIMEOUT forms
    # narrow a std::chrono count to int inside the macro (qt_test_step in qtestcase.h), so GCC reports
    # -Wconversion at every use, in our test file. Qt Test executables (GAAP_QTEST_EXECUTABLE, set by
    # gaap_add_test) go without -Wconversion there; on Qt 6.4 (Debian 12, every CI run) they keep it, and so does
    # every other target on every Qt.
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.7)
        set(gaap_conversion_warning "$<$<NOT:$<BOOL:$<TARGET_PROPERTY:GAAP_QTEST_EXECUTABLE>>>:-Wconversion>")
    else()
        set(gaap_conversion_warning -Wconversion)
    endif()
    target_compile_options(gaap_build_options INTERFACE
        -Wall -Wextra -Wpedantic
        -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Wunused -Woverloaded-virtual ${gaap_conversion_warning}
        -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
    # Not -Wnull-dereference: GCC only acts on it with optimisation, never in the Debug ci build, and there it
    # reports Qt's QPointer, QSharedPointer and QArrayDataPointer internals inlined into our code, even right
    # after an explicit null check (GCC 14 with Qt 6.8: 118 reports in a release build, none a real null
    # dereference). Null dereferences are caught by the asan preset (UBSan's -fsanitize=null) instead.
    if(GAAP_WARNINGS_AS_ERRORS)
        target_compile_options(gaap_build_options INTERFACE -Werror)
    endif()
    if(GAAP_FUZZ)
        # Coverage instrumentation for libFuzzer everywhere; the fuzz targets add -fsanitize=fuzzer.
        target_compile_options(gaap_build_options INTERFACE
            -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(gaap_build_options INTERFACE -fsanitize=address,undefined)
    elseif(GAAP_SANITIZE)
        target_compile_options(gaap_build_options INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(gaap_build_options INTERFACE -fsanitize=address,undefined)
    endif()
endif()
