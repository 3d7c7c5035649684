# Compiled by jinja2 from songlo_targets/templates/diff.md.j2 for md (make docs); never edited.
# type: ignore
# ruff: noqa
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'diff.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_before = resolve('before')
    l_0_after = resolve('after')
    l_0_empty = resolve('empty')
    l_0_years_assigned = resolve('years_assigned')
    l_0_assigned = resolve('assigned')
    l_0_amended = resolve('amended')
    l_0_dropped = resolve('dropped')
    l_0_removed = resolve('removed')
    l_0_progress = resolve('progress')
    l_0_label = resolve('label')
    l_0_ratings = resolve('ratings')
    try:
        t_1 = environment.filters['code']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'code' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '## Thay đổi hồ sơ chỉ tiêu, nhiệm vụ\n\nSo sánh '
    yield str(environment.finalize(t_1((undefined(name='before') if l_0_before is missing else l_0_before))))
    yield ' → '
    if (undefined(name='after') if l_0_after is missing else l_0_after):
        pass
        yield str(environment.finalize(t_1((undefined(name='after') if l_0_after is missing else l_0_after))))
    else:
        pass
        yield 'thư mục làm việc'
    yield '.\n'
    if (undefined(name='empty') if l_0_empty is missing else l_0_empty):
        pass
        yield '\nKhông có thay đổi nào về giao nhiệm vụ, tiến độ hay đánh giá.\n'
    for l_1_y in (undefined(name='years_assigned') if l_0_years_assigned is missing else l_0_years_assigned):
        _loop_vars = {}
        pass
        yield '\n**Năm '
        yield str(environment.finalize(environment.getattr(l_1_y, 'year')))
        yield '** được giao chỉ tiêu, nhiệm vụ theo Quyết định số '
        yield str(environment.finalize(environment.getattr(l_1_y, 'decision')))
        yield ' ngày '
        yield str(environment.finalize(environment.getattr(l_1_y, 'date')))
        yield '.\n'
    l_1_y = missing
    if (undefined(name='assigned') if l_0_assigned is missing else l_0_assigned):
        pass
        yield '\n### Nhiệm vụ được giao ('
        yield str(environment.finalize(t_2((undefined(name='assigned') if l_0_assigned is missing else l_0_assigned))))
        yield ')\n\n| Mã | Đơn vị | Nội dung | Sản phẩm | Thời hạn | Quyết định |\n|---|---|---|---|---|---|\n'
        for l_1_t in (undefined(name='assigned') if l_0_assigned is missing else l_0_assigned):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_t, 'ref')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_t, 'unit')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_t, 'title')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_t, 'product')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_t, 'deadline')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_t, 'decision')))
            yield ' |\n'
        l_1_t = missing
    if (undefined(name='amended') if l_0_amended is missing else l_0_amended):
        pass
        yield '\n### Nhiệm vụ được điều chỉnh ('
        yield str(environment.finalize(t_2((undefined(name='amended') if l_0_amended is missing else l_0_amended))))
        yield ')\n\n'
        for l_1_a in (undefined(name='amended') if l_0_amended is missing else l_0_amended):
            _loop_vars = {}
            pass
            yield '- **'
            yield str(environment.finalize(environment.getattr(l_1_a, 'ref')))
            yield '** ('
            yield str(environment.finalize(environment.getattr(l_1_a, 'unit')))
            yield '): '
            yield str(environment.finalize(environment.getattr(l_1_a, 'title')))
            yield '\n'
            for l_2_d in environment.getattr(l_1_a, 'decisions'):
                _loop_vars = {}
                pass
                yield '  - Điều chỉnh theo '
                yield str(environment.finalize(l_2_d))
                yield '\n'
            l_2_d = missing
            for l_2_f in environment.getattr(l_1_a, 'fields'):
                _loop_vars = {}
                pass
                yield '  - '
                yield str(environment.finalize(environment.getattr(l_2_f, 'name')))
                yield ': '
                yield str(environment.finalize(environment.getattr(l_2_f, 'before')))
                yield ' → '
                yield str(environment.finalize(environment.getattr(l_2_f, 'after')))
                yield '\n'
            l_2_f = missing
        l_1_a = missing
    if (undefined(name='dropped') if l_0_dropped is missing else l_0_dropped):
        pass
        yield '\n### Nhiệm vụ được rút ('
        yield str(environment.finalize(t_2((undefined(name='dropped') if l_0_dropped is missing else l_0_dropped))))
        yield ')\n\n| Mã | Đơn vị | Nội dung | Ngày | Quyết định | Lý do |\n|---|---|---|---|---|---|\n'
        for l_1_t in (undefined(name='dropped') if l_0_dropped is missing else l_0_dropped):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_t, 'ref')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_t, 'unit')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_t, 'title')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_t, 'date')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_t, 'decision')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_t, 'reason')))
            yield ' |\n'
        l_1_t = missing
    if (undefined(name='removed') if l_0_removed is missing else l_0_removed):
        pass
        yield '\n### Nhiệm vụ bị xóa khỏi hồ sơ ('
        yield str(environment.finalize(t_2((undefined(name='removed') if l_0_removed is missing else l_0_removed))))
        yield ')\n\n| Mã | Đơn vị | Nội dung | Thời hạn |\n|---|---|---|---|\n'
        for l_1_t in (undefined(name='removed') if l_0_removed is missing else l_0_removed):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_t, 'ref')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_t, 'unit')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_t, 'title')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_t, 'deadline')))
            yield ' |\n'
        l_1_t = missing
    if (undefined(name='progress') if l_0_progress is missing else l_0_progress):
        pass
        yield '\n### Tiến độ được cập nhật ('
        yield str(environment.finalize(t_2((undefined(name='progress') if l_0_progress is missing else l_0_progress))))
        yield ')\n\n| Mã | Đơn vị | Nội dung | '
        yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'field', 'status')))
        yield ' | Kết quả | Minh chứng bổ sung |\n|---|---|---|---|---|---|\n'
        for l_1_p in (undefined(name='progress') if l_0_progress is missing else l_0_progress):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_p, 'ref')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_p, 'unit')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_p, 'title')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_p, 'status')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_p, 'value')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_p, 'evidence')))
            yield ' |\n'
        l_1_p = missing
    if (undefined(name='ratings') if l_0_ratings is missing else l_0_ratings):
        pass
        yield '\n### Kết quả đánh giá được ghi nhận ('
        yield str(environment.finalize(t_2((undefined(name='ratings') if l_0_ratings is missing else l_0_ratings))))
        yield ')\n\n| Năm | Đơn vị | Đối tượng | Loại | Trước | Sau | Quyết định |\n|---|---|---|---|---|---|---|\n'
        for l_1_r in (undefined(name='ratings') if l_0_ratings is missing else l_0_ratings):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_r, 'year')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_r, 'unit')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_r, 'subject')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_r, 'field')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_r, 'before')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_r, 'after')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_r, 'decision')))
            yield ' |\n'
        l_1_r = missing

blocks = {}
debug_info = '4=35&5=44&9=47&11=51&13=58&15=61&19=63&20=67&23=80&25=83&27=85&28=89&29=95&30=99&32=102&33=106&37=114&39=117&43=119&44=123&47=136&49=139&53=141&54=145&57=154&59=157&61=159&63=161&64=165&67=178&69=181&73=183&74=187'
