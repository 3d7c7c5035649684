# Compiled by jinja2 from songlo_targets/templates/tong-hop-tinh.md.j2 for md (make docs); never edited.
# type: ignore
# ruff: noqa
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'tong-hop-tinh.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_r = resolve('r')
    l_0_label = resolve('label')
    l_0_keys = resolve('keys')
    l_0_number = l_0_place_date = l_0_kind = l_0_doc_title = l_0_doc_sub = l_0_t = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['num']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'num' found.")
    try:
        t_3 = environment.filters['pct']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'pct' found.")
    try:
        t_4 = environment.filters['place_date']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'place_date' found.")
    try:
        t_5 = environment.filters['vndate']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'vndate' found.")
    try:
        t_6 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_number = environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'issue'), 'number_line')
    context.vars['number'] = l_0_number
    context.exported_vars.add('number')
    l_0_place_date = t_4(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'organization'), 'place'), environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'issue'), 'date'))
    context.vars['place_date'] = l_0_place_date
    context.exported_vars.add('place_date')
    l_0_kind = 'BÁO CÁO'
    context.vars['kind'] = l_0_kind
    context.exported_vars.add('kind')
    l_0_doc_title = str_join(('Tổng hợp kết quả thực hiện nhiệm vụ năm ', environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rollup'), 'year'), ' của các xã, phường', ))
    context.vars['doc_title'] = l_0_doc_title
    context.exported_vars.add('doc_title')
    l_0_doc_sub = str_join(('(Số liệu của ', t_1(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rollup'), 'communes')), ' đơn vị, tổng hợp ngày ', t_5(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'as_of')), ')', ))
    context.vars['doc_sub'] = l_0_doc_sub
    context.exported_vars.add('doc_sub')
    template = environment.get_template('_header.md.j2', 'tong-hop-tinh.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'doc_sub': l_0_doc_sub, 'doc_title': l_0_doc_title, 'kind': l_0_kind, 'number': l_0_number, 'place_date': l_0_place_date, 't': l_0_t}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_0_t = environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rollup'), 'totals')
    context.vars['t'] = l_0_t
    context.exported_vars.add('t')
    yield 'Tổng hợp từ dữ liệu do các xã, phường gửi lên'
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rollup'), 'checkpoint'):
        pass
        yield ' (kỳ kiểm điểm gần nhất: ngày '
        yield str(environment.finalize(t_5(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rollup'), 'checkpoint'))))
        yield '; đơn vị có số liệu trước ngày này được ghi "chưa cập nhật")'
    yield ': tổng số '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'tasks'))))
    yield ' nhiệm vụ, đã hoàn thành '
    yield str(environment.finalize(t_2((environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'done_on_time') + environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'done_late')))))
    yield ', đạt '
    yield str(environment.finalize((t_3(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rollup'), 'done_share')) if (not t_6(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rollup'), 'done_share'))) else '0%')))
    yield '.\n\n## I. KẾT QUẢ THEO ĐƠN VỊ\n\n| STT |'
    for l_1_h in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'headers'):
        _loop_vars = {}
        pass
        yield ' '
        yield str(environment.finalize(l_1_h))
        yield ' |'
    l_1_h = missing
    yield '\n|:---:|:---|:---:|---:|---:|---:|---:|---:|---:|---:|:---|:---:|\n'
    l_1_loop = missing
    for l_1_row, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rows'), undefined):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(environment.getattr(l_1_loop, 'index')))
        yield ' |'
        for l_2_x in l_1_row:
            _loop_vars = {}
            pass
            yield ' '
            yield str(environment.finalize(l_2_x))
            yield ' |'
        l_2_x = missing
        yield '\n'
    l_1_loop = l_1_row = missing
    yield '| | **Tổng cộng** | | **'
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'tasks'))))
    yield '** | **'
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'done_on_time'))))
    yield '** | **'
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'done_late'))))
    yield '** | **'
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'open'))))
    yield '** | **'
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'overdue'))))
    yield '** | **'
    yield str(environment.finalize((t_3(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rollup'), 'done_share')) if (not t_6(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rollup'), 'done_share'))) else '')))
    yield '** | **'
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'stale'))))
    yield '** | | |\n\n## II. KẾT QUẢ THEO LOẠI NHIỆM VỤ\n\n'
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rollup'), 'categories'):
        pass
        yield '| STT | '
        yield str(environment.finalize(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'field', 'categories')))
        yield ' | Tổng số |'
        for l_1_b in context.call((undefined(name='keys') if l_0_keys is missing else l_0_keys), 'bucket'):
            l_1_short = resolve('short')
            _loop_vars = {}
            pass
            yield ' '
            yield str(environment.finalize(context.call((undefined(name='short') if l_1_short is missing else l_1_short), 'bucket', l_1_b, _loop_vars=_loop_vars)))
            yield ' |'
        l_1_b = l_1_short = missing
        yield '\n|:---:|:---|---:|---:|---:|---:|---:|\n'
        l_1_loop = missing
        for (l_1_name, l_1_c), l_1_loop in LoopContext(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rollup'), 'categories'), undefined):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_loop, 'index')))
            yield ' | '
            yield str(environment.finalize(l_1_name))
            yield ' | '
            yield str(environment.finalize(t_2(environment.getattr(l_1_c, 'tasks'))))
            yield ' | '
            yield str(environment.finalize(t_2(environment.getattr(l_1_c, 'done_on_time'))))
            yield ' | '
            yield str(environment.finalize(t_2(environment.getattr(l_1_c, 'done_late'))))
            yield ' | '
            yield str(environment.finalize(t_2(environment.getattr(l_1_c, 'open'))))
            yield ' | '
            yield str(environment.finalize(t_2(environment.getattr(l_1_c, 'overdue'))))
            yield ' |\n'
        l_1_loop = l_1_name = l_1_c = missing
    else:
        pass
        yield 'Không có nhiệm vụ nào được phân loại.\n'
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rollup'), 'rejected'):
        pass
        yield '\n## III. DỮ LIỆU KHÔNG ĐƯA VÀO TỔNG HỢP ('
        yield str(environment.finalize(t_1(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rollup'), 'rejected'))))
        yield ')\n\n| STT | Gói dữ liệu | Lý do |\n|:---:|:---|:---|\n'
        l_1_loop = missing
        for l_1_x, l_1_loop in LoopContext(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rollup'), 'rejected'), undefined):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_loop, 'index')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_x, 'bundle')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_x, 'reason')))
            yield ' |\n'
        l_1_loop = l_1_x = missing
    yield '\n'
    template = environment.get_template('_signature.md.j2', 'tong-hop-tinh.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'doc_sub': l_0_doc_sub, 'doc_title': l_0_doc_title, 'kind': l_0_kind, 'number': l_0_number, 'place_date': l_0_place_date, 't': l_0_t}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {}
debug_info = '1=51&2=54&3=57&4=60&5=63&6=66&7=72&8=76&12=88&15=97&16=101&19=113&23=127&24=130&27=142&28=146&33=164&35=167&39=170&40=174&44=182'
